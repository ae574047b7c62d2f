BRIEFINGS_SEARCH_WORDS("any",{
"any":"44,2d,6,m,1,9;44",
"anymore":"48,3b",
"anyone":"5n,1q",
"anything":"47,3c;47"
});
