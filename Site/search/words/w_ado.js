BRIEFINGS_SEARCH_WORDS("ado",{
"adopte":"s,4e,2l,1,7;56",
"adopter":"55,2n",
"adoption":"5a,2i;5a",
"adosse":"39"
});
