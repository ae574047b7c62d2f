BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"4s,2p",
"deal":"0,6c,z,7;7i",
"dealing":"6n,n",
"deaths":"7e"
});
