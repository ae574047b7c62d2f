BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"4x,2n,7"
});
