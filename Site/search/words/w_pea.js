BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,6x,e,1,2,1,4;7g,5"
});
