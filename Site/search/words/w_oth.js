BRIEFINGS_SEARCH_WORDS("oth",{
"other":"3z,o,2t,4,2,2"
});
