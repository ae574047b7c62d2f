BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,4h",
"favorablement":"3i,4g;3i",
"favorables":"r,76"
});
