BRIEFINGS_SEARCH_WORDS("rup",{
"rupert":"2l,3p,1p;2l,3p",
"rupture":"4,3q"
});
