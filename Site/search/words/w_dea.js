BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"4v,2m",
"deal":"0,6f,w,7;7i",
"dealing":"6n,n",
"deaths":"7e"
});
