BRIEFINGS_SEARCH_WORDS("dea",{
"deadly":"50,2u",
"deal":"0,6o,10,7;7v",
"dealing":"6z,o",
"deaths":"7r"
});
