BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"6y,i",
"flow":"4t,2z"
});
