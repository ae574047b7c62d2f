BRIEFINGS_SEARCH_WORDS("hts",{
"hts":"1,3,1b,2f,4a,1"
});
