BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,4d,2k,1,7;55",
"adopter":"54,2m",
"adoption":"59,2h;59",
"adosse":"39"
});
