BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3a",
"levee":"5n,22",
"level":"5l,23",
"levier":"38"
});
