BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3l,8,3,22,1,7;1g,3l,b",
"heinous":"4s,2o;4s"
});
