BRIEFINGS_SEARCH_WORDS("tho",{
"those":"5w,1u",
"thousands":"7n"
});
