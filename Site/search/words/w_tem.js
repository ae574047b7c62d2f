BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5d,21;5d",
"tempete":"2"
});
