BRIEFINGS_SEARCH_WORDS("900",{
"900":"2a,o,b,2k,1v,1;5t,1v"
});
