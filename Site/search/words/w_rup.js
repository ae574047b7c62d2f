BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2k,34,1s;2k,34",
"rupture":"4,33"
});
