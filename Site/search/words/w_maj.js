BRIEFINGS_SEARCH_WORDS("maj",{
"majeure":"r,65,11,a,1",
"major":"1j,3,10,23,3g,2",
"majoritaires":"1h",
"majorite":"1",
"majority":"62,1x"
});
