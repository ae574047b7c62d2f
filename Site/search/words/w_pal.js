BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"7h",
"palazzo":"1m"
});
