BRIEFINGS_SEARCH_WORDS("kee",{
"keep":"44,3,g,1,r,21,4,2;47"
});
