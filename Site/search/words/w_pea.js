BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,6x,f,1,2,1,4;7h,5"
});
