BRIEFINGS_SEARCH_WORDS("maj",{
"majeure":"r,5t,15,a,1",
"major":"1j,3,z,1n,3p,2",
"majoritaires":"1h",
"majorite":"1",
"majority":"5m,25"
});
