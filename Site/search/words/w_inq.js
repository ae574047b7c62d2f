BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"3s,1z,1o,a;3s"
});
