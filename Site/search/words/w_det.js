BRIEFINGS_SEARCH_WORDS("det",{
"detention":"23",
"deterioration":"5l,1s;5l"
});
