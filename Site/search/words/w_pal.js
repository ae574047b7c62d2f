BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"4m,2w",
"palazzo":"1m"
});
