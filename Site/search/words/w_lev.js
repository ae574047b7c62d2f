BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3x",
"levee":"65,1v",
"level":"62,1x",
"levier":"3v"
});
