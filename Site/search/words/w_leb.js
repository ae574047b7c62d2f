BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,62",
"lebanon":"1i"
});
