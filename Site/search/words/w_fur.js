BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6z,o,a"
});
