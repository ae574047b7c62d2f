BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,4j",
"favorablement":"3i,4i",
"favorables":"r,78"
});
