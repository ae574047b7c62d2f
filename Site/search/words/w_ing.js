BRIEFINGS_SEARCH_WORDS("ing",{
"ingerence":"9,s,8,2m,2,43"
});
