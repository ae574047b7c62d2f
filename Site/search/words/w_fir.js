BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7u",
"first":"4v,2y,1;4v,2z"
});
