BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3w,6,3s,4;42"
});
