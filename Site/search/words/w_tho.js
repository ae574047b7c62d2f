BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5w,1t",
"thousands":"7m"
});
