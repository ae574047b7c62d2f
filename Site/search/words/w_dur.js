BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"50,2f,2,5",
"durcissement":"23",
"duree":"38"
});
