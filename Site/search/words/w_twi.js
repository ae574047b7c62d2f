BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"4q,2k,7"
});
