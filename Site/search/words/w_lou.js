BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"6d,1a"
});
