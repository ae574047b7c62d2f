BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,1a,4p,1;7q,1"
});
