BRIEFINGS_SEARCH_WORDS("eac",{
"each":"40,3h,4"
});
