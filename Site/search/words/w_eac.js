BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3z,3j,4;3z"
});
