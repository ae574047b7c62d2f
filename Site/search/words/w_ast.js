BRIEFINGS_SEARCH_WORDS("ast",{
"astana":"1,1k,2b,y,3b"
});
