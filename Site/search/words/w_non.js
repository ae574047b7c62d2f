BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2w,m,v,2t,3",
"none":"79"
});
