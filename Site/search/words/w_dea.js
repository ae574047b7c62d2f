BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"50,2s",
"deal":"0,6n,z,7;7t",
"dealing":"6y,n",
"deaths":"7p"
});
