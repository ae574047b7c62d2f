BRIEFINGS_SEARCH_WORDS("pie",{
"piece":"39",
"piege":"24"
});
