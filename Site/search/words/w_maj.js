BRIEFINGS_SEARCH_WORDS("maj",{
"majeure":"r,5s,14,a,1",
"major":"1j,3,z,1k,3q,2",
"majoritaires":"1h",
"majorite":"1",
"majority":"5m,23"
});
