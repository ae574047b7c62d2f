BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3a",
"levee":"5o,22",
"level":"5m,23",
"levier":"38"
});
