BRIEFINGS_SEARCH_WORDS("ils",{
"ils":"l,e,2,26,i,29,13,l,4,a;3p,29"
});
