BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5w,1u,6",
"halting":"7m"
});
