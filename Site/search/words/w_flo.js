BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"7r",
"flow":"5a,2t"
});
