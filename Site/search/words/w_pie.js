BRIEFINGS_SEARCH_WORDS("pie",{
"piece":"3w",
"piege":"25"
});
