BRIEFINGS_SEARCH_WORDS("eli",{
"elimination":"1l",
"elite":"1d"
});
