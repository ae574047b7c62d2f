BRIEFINGS_SEARCH_WORDS("gho",{
"ghouta":"39"
});
