BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"4n,7,2z",
"palazzo":"1m"
});
