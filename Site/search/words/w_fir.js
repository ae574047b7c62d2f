BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7i",
"first":"4n,2u,1;4n,2v"
});
