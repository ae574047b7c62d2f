BRIEFINGS_SEARCH_WORDS("ing",{
"ingerence":"9,s,8,2g,5,3s"
});
