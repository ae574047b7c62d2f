BRIEFINGS_SEARCH_WORDS("any",{
"any":"43,2g,5,l,1,9;43",
"anymore":"47,3c",
"anyone":"5n,1q",
"anything":"46,3d;46"
});
