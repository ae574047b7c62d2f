BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"78",
"flow":"4o,2w"
});
