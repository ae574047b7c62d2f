BRIEFINGS_SEARCH_WORDS("cnp",{
"cnp":"r"
});
