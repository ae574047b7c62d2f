BRIEFINGS_SEARCH_WORDS("mev",{
"mevlut":"24,l,p,6,38,f,1,f;24,1g"
});
