BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3m,8,3,22,1,7;1g,3m,b",
"heinous":"4t,2o;4t"
});
