BRIEFINGS_SEARCH_WORDS("kee",{
"keep":"4a,3,f,2,r,26,4,2;4d"
});
