BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5f,1y;5f",
"tempete":"2"
});
