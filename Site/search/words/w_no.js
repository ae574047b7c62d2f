BRIEFINGS_SEARCH_WORDS("no",{
"no":"4u,l,s,1k,4,1,3,3,3"
});
