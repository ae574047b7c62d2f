BRIEFINGS_SEARCH_WORDS("vei",{
"veille":"1v,f,1y,1n,25,8,1"
});
