BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5q,1q,6;5q",
"halting":"7c"
});
