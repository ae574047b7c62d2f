BRIEFINGS_SEARCH_WORDS("ing",{
"ingerence":"9,s,8,33,5,3r"
});
