BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7i",
"first":"4q,2r,1;4q,2s"
});
