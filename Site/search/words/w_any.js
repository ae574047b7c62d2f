BRIEFINGS_SEARCH_WORDS("any",{
"any":"44,2g,5,l,1,9;44",
"anymore":"48,3c",
"anyone":"5o,1q",
"anything":"47,3d;47"
});
