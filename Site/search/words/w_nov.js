BRIEFINGS_SEARCH_WORDS("nov",{
"novembre":"p,n,l,9,5e"
});
