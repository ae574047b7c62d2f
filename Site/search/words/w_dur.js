BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"4m,j,2l,2,5",
"durcissement":"22",
"duree":"37"
});
