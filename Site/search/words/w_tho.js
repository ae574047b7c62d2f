BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5q,1n;5q",
"thousands":"7a"
});
