BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7t",
"first":"4v,2x,1;4v,2y"
});
