BRIEFINGS_SEARCH_WORDS("mec",{
"mecanique":"3x",
"mecanisme":"3x",
"mechri":"1e,g,26,2,47;1u,28"
});
