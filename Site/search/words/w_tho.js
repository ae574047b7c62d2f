BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5q,1q",
"thousands":"7d"
});
