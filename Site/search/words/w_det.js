BRIEFINGS_SEARCH_WORDS("det",{
"detention":"22",
"deterioration":"5l,1s;5l"
});
