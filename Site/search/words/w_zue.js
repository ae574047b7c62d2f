BRIEFINGS_SEARCH_WORDS("zue",{
"zueitina":"2"
});
