BRIEFINGS_SEARCH_WORDS("eux",{
"eux":"1i,2e,f,3x;4b"
});
