BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,65",
"lebanon":"1i"
});
