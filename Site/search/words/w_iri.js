BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,4g,1;7g,1"
});
