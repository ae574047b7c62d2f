BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5r,1n",
"thousands":"7b"
});
