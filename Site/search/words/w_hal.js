BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5w,1t,6;5w",
"halting":"7l"
});
