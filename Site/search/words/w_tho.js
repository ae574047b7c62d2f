BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5w,1v",
"thousands":"7o"
});
