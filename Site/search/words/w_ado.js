BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,4u,2e,1,7;5m",
"adopter":"5l,2g",
"adoption":"5q,2b;5q",
"adosse":"3w"
});
