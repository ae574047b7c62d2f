BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6l,o,a"
});
