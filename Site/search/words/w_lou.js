BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"65,17"
});
