BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,c,o,9,1,4,2k,z,i,4,a;5r,z"
});
