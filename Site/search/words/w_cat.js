BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4r,2t,c;4r",
"catastrophique":"5x,1t"
});
