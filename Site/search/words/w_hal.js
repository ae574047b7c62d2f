BRIEFINGS_SEARCH_WORDS("hal",{
"halab":"3f",
"half":"6c,1n,6;6c",
"halting":"7v"
});
