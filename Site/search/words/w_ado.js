BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,49,2d,1,7;51",
"adopter":"50,2f",
"adoption":"54,2b;54",
"adosse":"39"
});
