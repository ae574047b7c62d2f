BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3z,3l,4"
});
