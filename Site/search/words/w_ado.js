BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,4e,2m,1,7;56",
"adopter":"55,2o",
"adoption":"5a,2j;5a",
"adosse":"39"
});
