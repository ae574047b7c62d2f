BRIEFINGS_SEARCH_WORDS("leb",{
"lebanese":"1i,5u",
"lebanon":"1i"
});
