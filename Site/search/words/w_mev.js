BRIEFINGS_SEARCH_WORDS("mev",{
"mevlut":"23,l,p,6,3o,1,f;23,1g"
});
