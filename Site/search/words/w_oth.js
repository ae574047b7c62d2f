BRIEFINGS_SEARCH_WORDS("oth",{
"other":"42,q,2x,4,2,2"
});
