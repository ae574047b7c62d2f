BRIEFINGS_SEARCH_WORDS("inq",{
"inquiete":"15",
"inquietude":"4f,1y,1l,a;4f,1y"
});
