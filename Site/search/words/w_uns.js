BRIEFINGS_SEARCH_WORDS("uns",{
"unsc":"s",
"unsmil":"2,17,13,g,13,2,5,s,2t,8,4"
});
