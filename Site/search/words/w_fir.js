BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7h",
"first":"4p,2r,1;4p,2s"
});
