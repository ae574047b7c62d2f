BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"4t,2h,7"
});
