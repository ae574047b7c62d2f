BRIEFINGS_SEARCH_WORDS("yea",{
"year":"47,32,a;47",
"years":"79"
});
