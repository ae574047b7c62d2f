BRIEFINGS_SEARCH_WORDS("roa",{
"road":"40,3l"
});
