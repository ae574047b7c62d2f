BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5q,1n",
"thousands":"7a"
});
