BRIEFINGS_SEARCH_WORDS("oth",{
"other":"3z,o,2q,4,2,2"
});
