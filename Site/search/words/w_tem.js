BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5l,26;5l",
"tempete":"2"
});
