BRIEFINGS_SEARCH_WORDS("uns",{
"unsc":"s",
"unsmil":"2,17,13,g,13,6,s,2r,8,4"
});
