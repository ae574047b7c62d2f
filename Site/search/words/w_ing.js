BRIEFINGS_SEARCH_WORDS("ing",{
"ingerence":"9,s,8,2h,5,3r"
});
