BRIEFINGS_SEARCH_WORDS("kel",{
"kelly":"1n,6;1t"
});
