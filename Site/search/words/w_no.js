BRIEFINGS_SEARCH_WORDS("no",{
"no":"47,k,r,1o,4,1,3,3,3"
});
