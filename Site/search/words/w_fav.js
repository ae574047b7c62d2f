BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,4j",
"favorablement":"3i,4i;3i",
"favorables":"r,78"
});
