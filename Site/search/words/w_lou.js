BRIEFINGS_SEARCH_WORDS("lou",{
"lourde":"6q,17"
});
