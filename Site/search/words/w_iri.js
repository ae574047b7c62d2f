BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,4f,1;7f,1"
});
