BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,5s",
"lebanon":"1i"
});
