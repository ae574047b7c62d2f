BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3w,9,3q,4;45"
});
