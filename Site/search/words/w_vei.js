BRIEFINGS_SEARCH_WORDS("vei",{
"veille":"1v,f,1c,1o,25,8,1"
});
