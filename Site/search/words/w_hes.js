BRIEFINGS_SEARCH_WORDS("hes",{
"hesitation":"49,3o"
});
