BRIEFINGS_SEARCH_WORDS("hei",{
"heiko":"1g,3m,7,3,25,1,7;1g,3m,a",
"heinous":"4s,2r;4s"
});
