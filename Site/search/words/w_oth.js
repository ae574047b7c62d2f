BRIEFINGS_SEARCH_WORDS("oth",{
"other":"45,n,2z,4,2,2"
});
