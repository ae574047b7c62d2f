BRIEFINGS_SEARCH_WORDS("vei",{
"veille":"1v,e,1d,1t,2d,8,1"
});
