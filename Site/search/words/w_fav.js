BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,4k",
"favorablement":"3i,4j;3i",
"favorables":"r,79"
});
