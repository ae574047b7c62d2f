BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2v,m,w,2w,3",
"none":"7c"
});
