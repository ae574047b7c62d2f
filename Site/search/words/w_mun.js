BRIEFINGS_SEARCH_WORDS("mun",{
"munich":"1g,1c,2e,9,1,u,1d,5,1;5f,v"
});
