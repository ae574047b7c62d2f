BRIEFINGS_SEARCH_WORDS("maj",{
"majeure":"r,5h,14,a,1",
"major":"1j,3,z,1h,3i,2",
"majoritaires":"1h",
"majorite":"1",
"majority":"5e,20"
});
