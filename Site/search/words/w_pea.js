BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,6w,e,1,2,1,4;7f,5"
});
