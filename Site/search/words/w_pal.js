BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"4n,7,31",
"palazzo":"1m"
});
