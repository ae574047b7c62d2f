BRIEFINGS_SEARCH_WORDS("900",{
"900":"2a,o,b,2l,1v,1;5u,1v"
});
