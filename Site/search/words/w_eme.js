BRIEFINGS_SEARCH_WORDS("eme",{
"emergency":"22,10",
"emeute":"1c"
});
