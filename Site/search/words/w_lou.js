BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"64,17"
});
