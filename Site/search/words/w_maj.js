BRIEFINGS_SEARCH_WORDS("maj",{
"majeure":"r,5r,14,a,1",
"major":"1j,3,z,1m,3n,2",
"majoritaires":"1h",
"majorite":"1",
"majority":"5l,23"
});
