BRIEFINGS_SEARCH_WORDS("mev",{
"mevlut":"23,l,p,6,3r,1,f;23,1g"
});
