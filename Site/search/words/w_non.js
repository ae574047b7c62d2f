BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2v,m,w,2t,3",
"none":"79"
});
