BRIEFINGS_SEARCH_WORDS("oth",{
"other":"44,n,2x,4,2,2"
});
