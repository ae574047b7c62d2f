BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"6z,j",
"flow":"4u,30"
});
