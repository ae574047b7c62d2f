BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"4z,2s",
"deal":"0,6m,z,7;7s",
"dealing":"6x,n",
"deaths":"7o"
});
