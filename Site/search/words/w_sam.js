BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5n,1n",
"samedi":"7j,2,2"
});
