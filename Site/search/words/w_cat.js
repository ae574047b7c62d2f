BRIEFINGS_SEARCH_WORDS("cat",{
"catastrophe":"4n,2k,c;4n",
"catastrophique":"5s,1l"
});
