BRIEFINGS_SEARCH_WORDS("det",{
"detention":"23",
"deterioration":"5m,1s;5m"
});
