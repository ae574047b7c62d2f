BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"3t,23,1r,a;3t,23"
});
