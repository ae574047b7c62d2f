BRIEFINGS_SEARCH_WORDS("ils",{
"ils":"l,e,2,27,h,24,v,l,4,a;3p,24"
});
