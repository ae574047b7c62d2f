BRIEFINGS_SEARCH_WORDS("mev",{
"mevlut":"24,l,p,6,3o,1,f;24,1g"
});
