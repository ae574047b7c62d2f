BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"4s,2k,7"
});
