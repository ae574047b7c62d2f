BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"3t,24,1t,a;3t,24"
});
