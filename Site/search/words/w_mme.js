BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,b,o,9,1,4,2q,17,g,4,a;5w,17"
});
