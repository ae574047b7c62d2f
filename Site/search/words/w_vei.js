BRIEFINGS_SEARCH_WORDS("vei",{
"veille":"1v,e,1d,1s,2b,8,1"
});
