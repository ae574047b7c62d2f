BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,c,o,9,1,4,2l,10,h,4,a;5s,10"
});
