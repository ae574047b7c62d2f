BRIEFINGS_SEARCH_WORDS("nov",{
"novembre":"p,n,l,9,1r,3y"
});
