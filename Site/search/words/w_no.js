BRIEFINGS_SEARCH_WORDS("no",{
"no":"4c,m,r,1r,4,1,3,3,3"
});
