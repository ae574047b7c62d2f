BRIEFINGS_SEARCH_WORDS("lev",{
"levant":"1f",
"leve":"3a",
"levee":"5o,24",
"level":"5m,25",
"levier":"38"
});
