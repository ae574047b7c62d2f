BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"6z,i",
"flow":"4u,2z"
});
