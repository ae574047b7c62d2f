BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,4i,1;7i,1"
});
