BRIEFINGS_SEARCH_WORDS("mun",{
"munich":"1g,1d,28,9,1,1z,5,1;5a"
});
