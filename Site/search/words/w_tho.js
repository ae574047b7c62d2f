BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5v,1t",
"thousands":"7l"
});
