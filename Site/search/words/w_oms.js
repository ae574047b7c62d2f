BRIEFINGS_SEARCH_WORDS("oms",{
"oms":"2c"
});
