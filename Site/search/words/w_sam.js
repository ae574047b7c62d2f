BRIEFINGS_SEARCH_WORDS("sam",{
"same":"5r,1u",
"samedi":"3y,3w,2,2"
});
