BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2k,34,1p;2k,34",
"rupture":"4,33"
});
