BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2k,39,1w;2k,39",
"rupture":"4,33"
});
