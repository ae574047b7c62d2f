BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,2d,4a",
"favorablement":"3h,49;3h",
"favorables":"r,6y"
});
