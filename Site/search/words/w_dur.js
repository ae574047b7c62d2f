BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"4n,j,2n,2,5",
"durcissement":"22",
"duree":"37"
});
