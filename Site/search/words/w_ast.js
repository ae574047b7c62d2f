BRIEFINGS_SEARCH_WORDS("ast",{
"astana":"1,1k,1p,y,3b"
});
