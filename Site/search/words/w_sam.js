BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5m,1n",
"samedi":"7i,2,2"
});
