BRIEFINGS_SEARCH_WORDS("eni",{
"eni":"1m"
});
