BRIEFINGS_SEARCH_WORDS("mun",{
"munchen":"3o",
"munich":"1g,1d,v,1y,9,1,1z,5,1;3o,27"
});
