BRIEFINGS_SEARCH_WORDS("no",{
"no":"4d,m,r,1t,4,1,3,3,3"
});
