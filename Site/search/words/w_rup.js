BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2l,33,1p;2l,33",
"rupture":"4,34"
});
