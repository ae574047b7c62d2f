BRIEFINGS_SEARCH_WORDS("eig",{
"eight":"7w"
});
