BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,6y,f,1,2,1,4;7i,5"
});
