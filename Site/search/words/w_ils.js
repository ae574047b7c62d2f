BRIEFINGS_SEARCH_WORDS("ils",{
"ils":"l,e,2,26,i,28,12,k,4,a;3p,28"
});
