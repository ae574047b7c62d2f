BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,64",
"lebanon":"1i"
});
