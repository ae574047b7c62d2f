BRIEFINGS_SEARCH_WORDS("oth",{
"other":"40,o,2q,4,2,2"
});
