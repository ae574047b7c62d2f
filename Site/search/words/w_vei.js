BRIEFINGS_SEARCH_WORDS("vei",{
"veille":"1v,e,1c,1o,25,8,1"
});
