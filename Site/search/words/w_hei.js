BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3r,8,3,2a,1,7;1g,3r,b",
"heinous":"4y,2w;4y"
});
