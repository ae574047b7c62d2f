BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3z,3i,4"
});
