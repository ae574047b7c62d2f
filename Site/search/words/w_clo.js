BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"53,r,z,s,3,3,5;53,r,z"
});
