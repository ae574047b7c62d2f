BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"51,2e,2,5",
"durcissement":"22",
"duree":"37"
});
