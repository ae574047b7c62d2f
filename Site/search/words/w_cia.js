BRIEFINGS_SEARCH_WORDS("cia",{
"cia":"26"
});
