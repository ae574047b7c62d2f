BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,5r",
"lebanon":"1i"
});
