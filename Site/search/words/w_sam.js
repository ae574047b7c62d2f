BRIEFINGS_SEARCH_WORDS("sam",{
"same":"68,1n",
"samedi":"84,2,2"
});
