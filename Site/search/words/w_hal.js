BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5w,1v,6;5w",
"halting":"7n"
});
