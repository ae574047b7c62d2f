BRIEFINGS_SEARCH_WORDS("any",{
"any":"43,2i,2,p,1,9;43",
"anymore":"47,3f",
"anyone":"5n,1t",
"anything":"46,3g;46"
});
