BRIEFINGS_SEARCH_WORDS("maj",{
"majeure":"r,5j,11,a,1",
"major":"1j,3,10,1h,3g,2",
"majoritaires":"1h",
"majorite":"1",
"majority":"5g,1x"
});
