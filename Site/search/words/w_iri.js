BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,1a,43,1;74,1"
});
