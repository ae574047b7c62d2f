BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,4i",
"favorablement":"3i,4h;3i",
"favorables":"r,77"
});
