BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7k",
"first":"4p,2u,1;4p,2v"
});
