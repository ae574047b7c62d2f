BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,49,2g,1,7;51",
"adopter":"50,2i",
"adoption":"54,2e;54",
"adosse":"39"
});
