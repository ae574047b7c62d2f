BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2d,48",
"favorablement":"3h,47;3h",
"favorables":"r,6w"
});
