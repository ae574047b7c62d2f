BRIEFINGS_SEARCH_WORDS("fir",{
"fire":"7v",
"first":"4v,2z,1;4v,30"
});
