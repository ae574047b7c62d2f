BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"4n,7,30",
"palazzo":"1m"
});
