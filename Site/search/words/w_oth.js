BRIEFINGS_SEARCH_WORDS("oth",{
"other":"4m,n,2q,4,2,2"
});
