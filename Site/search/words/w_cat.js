BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4r,2s,c",
"catastrophique":"5x,1s"
});
