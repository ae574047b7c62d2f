BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,1a,44,1;75,1"
});
