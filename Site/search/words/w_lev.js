BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3a",
"levee":"5j,1y",
"level":"5g,20",
"levier":"38"
});
