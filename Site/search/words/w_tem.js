BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5l,25",
"tempete":"2"
});
