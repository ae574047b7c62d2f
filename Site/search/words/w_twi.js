BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"4s,2h,7"
});
