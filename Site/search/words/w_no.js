BRIEFINGS_SEARCH_WORDS("no",{
"no":"47,m,s,1k,4,1,3,3,3"
});
