BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"50,2t",
"deal":"0,6n,10,7;7u",
"dealing":"6y,o",
"deaths":"7q"
});
