BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"76",
"flow":"4p,2t"
});
