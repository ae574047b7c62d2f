BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,63",
"lebanon":"1i"
});
