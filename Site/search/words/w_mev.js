BRIEFINGS_SEARCH_WORDS("mev",{
"mevlut":"24,l,1b,6,38,f,1,f;24,22"
});
