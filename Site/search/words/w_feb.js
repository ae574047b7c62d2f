BRIEFINGS_SEARCH_WORDS("feb",{
"feb":"4b,4,6,2,w,1n,4,4,3,1"
});
