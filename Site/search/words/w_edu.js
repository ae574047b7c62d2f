BRIEFINGS_SEARCH_WORDS("edu",{
"educational":"5r,1x"
});
