BRIEFINGS_SEARCH_WORDS("iri",{
"irini":"0,2,1k,5,19,4h,1;7h,1"
});
