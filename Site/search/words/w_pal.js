BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"7i",
"palazzo":"1m"
});
