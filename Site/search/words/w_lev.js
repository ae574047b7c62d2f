BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3b",
"levee":"5k,1v",
"level":"5h,1x",
"levier":"39"
});
