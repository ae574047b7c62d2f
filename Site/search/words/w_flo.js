BRIEFINGS_SEARCH_WORDS("flo",{
"flouting":"70,j",
"flow":"4u,31"
});
