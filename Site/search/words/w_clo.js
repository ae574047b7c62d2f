BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"54,r,10,t,3,3,5;54,r,10"
});
