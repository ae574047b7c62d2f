BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"4u,2p",
"deal":"0,6e,z,7;7k",
"dealing":"6p,n",
"deaths":"7g"
});
