BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3r,8,3,28,1,7;1g,3r,b",
"heinous":"4y,2u;4y"
});
