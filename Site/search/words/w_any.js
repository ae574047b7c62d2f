BRIEFINGS_SEARCH_WORDS("any",{
"any":"43,2g,2,p,1,9;43",
"anymore":"47,3d",
"anyone":"5k,1u",
"anything":"46,3e"
});
