BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"54,r,z,s,3,3,5;54,r,z"
});
