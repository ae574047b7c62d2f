BRIEFINGS_SEARCH_WORDS("non",{
"non":"b,2w,18,v,2t,3",
"none":"7v"
});
