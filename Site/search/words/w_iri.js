BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,44,1;74,1"
});
