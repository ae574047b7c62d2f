BRIEFINGS_SEARCH_WORDS("eme",{
"emergency":"21,10",
"emeute":"1c"
});
