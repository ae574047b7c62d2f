BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"4y,2p,7"
});
