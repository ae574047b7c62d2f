BRIEFINGS_SEARCH_WORDS("eac",{
"each":"4m,3h,4"
});
