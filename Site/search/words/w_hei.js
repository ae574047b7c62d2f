BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,47,8,3,22,1,7;1g,47,b",
"heinous":"5e,2o;5e"
});
