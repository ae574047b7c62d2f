BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"3t,24,1s,a;3t,24"
});
