BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5l,25;5l",
"tempete":"2"
});
