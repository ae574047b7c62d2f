BRIEFINGS_SEARCH_WORDS("dur",{
"durable":"51,2h,2,5",
"durcissement":"22",
"duree":"37"
});
