BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3m,7,3,22,1,7;1g,3m,a",
"heinous":"4s,2o;4s"
});
