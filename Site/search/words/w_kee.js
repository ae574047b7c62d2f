BRIEFINGS_SEARCH_WORDS("kee",{
"keep":"47,5,g,2,r,24,4,2;4c"
});
