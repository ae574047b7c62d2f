BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5o,1q,6;5o",
"halting":"7a"
});
