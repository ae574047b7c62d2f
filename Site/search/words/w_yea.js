BRIEFINGS_SEARCH_WORDS("yea",{
"year":"47,33,a;47",
"years":"7a"
});
