BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3w,6,3r,4;42"
});
