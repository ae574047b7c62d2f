BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"3s,1x,1o,a;3s"
});
