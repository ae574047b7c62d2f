BRIEFINGS_SEARCH_WORDS("jun",{
"junction":"4o,2t"
});
