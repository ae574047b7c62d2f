BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,c,o,9,1,4,36,z,i,4,a;6d,z"
});
