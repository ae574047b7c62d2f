BRIEFINGS_SEARCH_WORDS("900",{
"900":"2a,o,b,2l,1x,1;5u,1x"
});
