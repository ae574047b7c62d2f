BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,6z,3,1,4;74,5"
});
