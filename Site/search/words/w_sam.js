BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5r,1v",
"samedi":"3y,3x,2,2"
});
