BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5o,1q",
"thousands":"7b"
});
