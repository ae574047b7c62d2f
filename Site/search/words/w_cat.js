BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4m,2k,c;4m",
"catastrophique":"5r,1l"
});
