BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,70,3,1,4;75,5"
});
