BRIEFINGS_SEARCH_WORDS("abi",{
"abiding":"48,3b"
});
