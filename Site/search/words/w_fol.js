BRIEFINGS_SEARCH_WORDS("fol",{
"follow":"2"
});
