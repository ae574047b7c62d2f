BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3b",
"levee":"5j,1v",
"level":"5g,1x",
"levier":"39"
});
