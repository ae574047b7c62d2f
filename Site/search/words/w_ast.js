BRIEFINGS_SEARCH_WORDS("ast",{
"astana":"1,1k,1o,y,3c"
});
