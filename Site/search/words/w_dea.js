BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"5g,2m",
"deal":"0,70,w,7;83",
"dealing":"77,o",
"deaths":"7z"
});
