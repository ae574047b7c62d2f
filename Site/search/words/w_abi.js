BRIEFINGS_SEARCH_WORDS("abi",{
"abiding":"4c,3i"
});
