BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3q,8,3,28,1,7;1g,3q,b",
"heinous":"4x,2u;4x"
});
