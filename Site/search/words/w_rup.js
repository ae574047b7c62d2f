BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2k,31,1t;2k,31",
"rupture":"4,33"
});
