BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"83",
"palazzo":"1m"
});
