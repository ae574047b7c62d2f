BRIEFINGS_SEARCH_WORDS("1",{
"1":"3u,3,o,a,3,k,28,1,4,4,2,1,1,2,2"
});
