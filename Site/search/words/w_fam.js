BRIEFINGS_SEARCH_WORDS("fam",{
"families":"61,1y;61"
});
