BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2v,n,11,31,3",
"none":"7n"
});
