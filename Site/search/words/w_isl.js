BRIEFINGS_SEARCH_WORDS("isl",{
"islamic":"1l",
"islamique":"1l,2",
"islamistes":"y"
});
