BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,49,2e,1,7;51",
"adopter":"50,2g",
"adoption":"55,2b;55",
"adosse":"3a"
});
