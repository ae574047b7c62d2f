BRIEFINGS_SEARCH_WORDS("oth",{
"other":"40,n,2q,4,2,2"
});
