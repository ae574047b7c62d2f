BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"4u,2m",
"deal":"0,6e,w,7;7h",
"dealing":"6l,o",
"deaths":"7d"
});
