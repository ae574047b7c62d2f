BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2k,39,1y;2k,39",
"rupture":"4,33"
});
