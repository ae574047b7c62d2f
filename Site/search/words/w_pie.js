BRIEFINGS_SEARCH_WORDS("pie",{
"piece":"3a",
"piege":"25"
});
