BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3a",
"levee":"5g,1z",
"level":"5e,20",
"levier":"38"
});
