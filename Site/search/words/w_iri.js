BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,47,1;77,1"
});
