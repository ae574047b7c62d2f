BRIEFINGS_SEARCH_WORDS("twi",{
"twitter":"5e,2h,7"
});
