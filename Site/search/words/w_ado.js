BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,4e,2k,1,7;56",
"adopter":"55,2m",
"adoption":"5a,2h;5a",
"adosse":"39"
});
