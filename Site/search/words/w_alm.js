BRIEFINGS_SEARCH_WORDS("alm",{
"almost":"83"
});
