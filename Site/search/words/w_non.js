BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2v,n,10,2z,3",
"none":"7k"
});
