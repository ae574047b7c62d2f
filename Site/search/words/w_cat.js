BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4r,2r,c;4r",
"catastrophique":"5x,1r"
});
