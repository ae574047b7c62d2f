BRIEFINGS_SEARCH_WORDS("det",{
"detention":"23",
"deterioration":"67,1s;67"
});
