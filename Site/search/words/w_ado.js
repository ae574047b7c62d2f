BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,48,2h,1,7;50",
"adopter":"4z,2j",
"adoption":"54,2e;54",
"adosse":"39"
});
