BRIEFINGS_SEARCH_WORDS("ils",{
"ils":"l,e,2,27,h,23,u,m,4,a;3p,23"
});
