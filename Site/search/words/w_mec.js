BRIEFINGS_SEARCH_WORDS("mec",{
"mecanique":"3a",
"mecanisme":"3a",
"mechri":"1e,g,1k,2,4l;1u,1m"
});
