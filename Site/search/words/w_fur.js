BRIEFINGS_SEARCH_WORDS("fur",{
"further":"77,o,a"
});
