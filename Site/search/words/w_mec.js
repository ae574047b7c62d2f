BRIEFINGS_SEARCH_WORDS("mec",{
"mecanique":"3a",
"mecanisme":"3a",
"mechri":"1e,g,1j,2,48;1u,1l"
});
