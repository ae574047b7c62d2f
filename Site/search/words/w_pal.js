BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"4o,2w",
"palazzo":"1m"
});
