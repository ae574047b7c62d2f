BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4r,2s,c;4r",
"catastrophique":"5x,1s"
});
