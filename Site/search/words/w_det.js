BRIEFINGS_SEARCH_WORDS("det",{
"detention":"22",
"deterioration":"5i,1w;5i"
});
