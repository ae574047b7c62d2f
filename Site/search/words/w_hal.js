BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5q,1n,6;5q",
"halting":"79"
});
