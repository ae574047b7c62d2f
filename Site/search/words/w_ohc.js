BRIEFINGS_SEARCH_WORDS("ohc",{
"ohchr":"2d"
});
