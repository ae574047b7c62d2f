BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2e,47",
"favorablement":"3i,46;3i",
"favorables":"r,6w"
});
