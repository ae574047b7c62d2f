BRIEFINGS_SEARCH_WORDS("feb",{
"feb":"4y,6,5,2,x,1j,4,4,3,1"
});
