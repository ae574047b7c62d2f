BRIEFINGS_SEARCH_WORDS("typ",{
"type":"4y,2i"
});
