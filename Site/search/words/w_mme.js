BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,b,o,9,1,4,2j,13,h,4,a;5p,13"
});
