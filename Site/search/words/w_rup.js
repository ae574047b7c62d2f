BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2l,34,1p;2l,34",
"rupture":"4,34"
});
