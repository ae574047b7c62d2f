BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4m,2n,c;4m",
"catastrophique":"5r,1o"
});
