BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,45,1;75,1"
});
