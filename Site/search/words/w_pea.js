BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,7l,3,1,4;7q,5"
});
