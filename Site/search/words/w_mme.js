BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,b,o,9,1,4,2l,10,h,4,a;5r,10"
});
