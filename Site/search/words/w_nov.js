BRIEFINGS_SEARCH_WORDS("nov",{
"novembre":"p,n,l,a,5z"
});
