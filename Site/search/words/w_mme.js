BRIEFINGS_SEARCH_WORDS("mme",{
"mme":"f,12,c,b,o,9,1,4,2r,17,g,4,a;5x,17"
});
