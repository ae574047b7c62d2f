BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3r,8,3,29,1,7;1g,3r,b",
"heinous":"4y,2v;4y"
});
