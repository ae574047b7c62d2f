BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,46",
"favorablement":"3i,45;3i",
"favorables":"r,6v"
});
