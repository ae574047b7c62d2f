BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2k,38,1w;2k,38",
"rupture":"4,33"
});
