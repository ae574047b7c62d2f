BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2v,12,m,2z,3",
"none":"7l"
});
