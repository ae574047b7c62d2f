BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5f,21;5f",
"tempete":"2"
});
