BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"50,2i,2,5",
"durcissement":"22",
"duree":"37"
});
