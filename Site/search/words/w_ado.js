BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,48,2e,1,7;50",
"adopter":"4z,2g",
"adoption":"54,2b;54",
"adosse":"3a"
});
