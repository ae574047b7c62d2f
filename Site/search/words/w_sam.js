BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5r,1w",
"samedi":"41,3v,2,2"
});
