BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"6e,1b"
});
