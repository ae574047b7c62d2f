BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5g,1y;5g",
"tempete":"2"
});
