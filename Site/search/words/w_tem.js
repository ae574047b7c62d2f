BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5l,24;5l",
"tempete":"2"
});
