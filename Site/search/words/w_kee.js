BRIEFINGS_SEARCH_WORDS("kee",{
"keep":"49,3,f,2,r,24,4,2;4c"
});
