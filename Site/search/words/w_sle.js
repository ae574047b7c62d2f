BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"61,1y;61"
});
