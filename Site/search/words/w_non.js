BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2w,m,w,2t,3",
"none":"7a"
});
