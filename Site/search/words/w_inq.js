BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"3t,1y,1l,a;3t,1y"
});
