BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"75",
"flow":"4o,2t"
});
