BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"61,1y;61",
"tempete":"2"
});
