BRIEFINGS_SEARCH_WORDS("gho",{
"ghouta":"3w"
});
