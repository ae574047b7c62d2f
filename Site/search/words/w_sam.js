BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5j,1r",
"samedi":"7j,2,2"
});
