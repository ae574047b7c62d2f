BRIEFINGS_SEARCH_WORDS("vei",{
"veille":"1v,f,1c,1n,25,8,1"
});
