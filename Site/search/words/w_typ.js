BRIEFINGS_SEARCH_WORDS("typ",{
"type":"55,2l"
});
