BRIEFINGS_SEARCH_WORDS("hal",{
"half":"5v,1t,6;5v",
"halting":"7k"
});
