BRIEFINGS_SEARCH_WORDS("tem",{
"temperatures":"5k,24;5k",
"tempete":"2"
});
