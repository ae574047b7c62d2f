BRIEFINGS_SEARCH_WORDS("ils",{
"ils":"l,e,2,2t,h,23,u,m,4,a;4b,23"
});
