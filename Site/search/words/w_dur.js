BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"4y,2i,2,5",
"durcissement":"22",
"duree":"37"
});
