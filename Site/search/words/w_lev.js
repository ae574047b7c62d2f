BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3a",
"levee":"5o,23",
"level":"5m,24",
"levier":"38"
});
