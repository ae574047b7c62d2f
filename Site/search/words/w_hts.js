BRIEFINGS_SEARCH_WORDS("hts",{
"hts":"1,3,1b,1t,4a,1"
});
