BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"4m,7,2z",
"palazzo":"1m"
});
