BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2v,m,u,2w,3",
"none":"7a"
});
