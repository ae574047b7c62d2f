BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"6c,1a"
});
