BRIEFINGS_SEARCH_WORDS("900",{
"900":"2a,o,b,2l,1w,1;5u,1w"
});
