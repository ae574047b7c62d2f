BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"62,1a"
});
