BRIEFINGS_SEARCH_WORDS("oth",{
"other":"3z,m,2t,4,2,2"
});
