BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,6d",
"lebanon":"1i"
});
