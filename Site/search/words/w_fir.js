BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7s",
"first":"4u,2x,1;4u,2y"
});
