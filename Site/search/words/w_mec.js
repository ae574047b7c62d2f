BRIEFINGS_SEARCH_WORDS("mec",{
"mecanique":"3b",
"mecanisme":"3b",
"mechri":"1e,g,1k,2,47;1u,1m"
});
