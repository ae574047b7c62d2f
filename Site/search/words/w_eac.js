BRIEFINGS_SEARCH_WORDS("eac",{
"each":"3w,8,3o,4;44"
});
