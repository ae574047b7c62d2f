BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3j,8,3,25,1,7;1g,3j,b",
"heinous":"4q,2r;4q"
});
