BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5m,1q",
"samedi":"7l,2,2"
});
