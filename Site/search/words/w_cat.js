BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4k,2n,c;4k",
"catastrophique":"5p,1o"
});
