BRIEFINGS_SEARCH_WORDS("abi",{
"abiding":"4d,3k"
});
