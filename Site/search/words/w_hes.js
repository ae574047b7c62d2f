BRIEFINGS_SEARCH_WORDS("hes",{
"hesitation":"43,3g"
});
