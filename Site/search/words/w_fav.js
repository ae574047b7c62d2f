BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2d,47",
"favorablement":"3h,46;3h",
"favorables":"r,6v"
});
