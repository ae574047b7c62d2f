BRIEFINGS_SEARCH_WORDS("pal",{
"palais":"7k",
"palazzo":"1m"
});
