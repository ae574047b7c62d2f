BRIEFINGS_SEARCH_WORDS("abi",{
"abiding":"47,3c"
});
