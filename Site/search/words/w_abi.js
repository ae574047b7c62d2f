BRIEFINGS_SEARCH_WORDS("abi",{
"abiding":"4u,3b"
});
