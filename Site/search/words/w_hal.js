BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5r,1n,6;5r",
"halting":"7a"
});
