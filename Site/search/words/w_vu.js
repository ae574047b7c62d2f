BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"59,2h;59"
});
