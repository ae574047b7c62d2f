BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5w,1u,6;5w",
"halting":"7m"
});
