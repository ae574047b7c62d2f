BRIEFINGS_SEARCH_WORDS("det",{
"detention":"22",
"deterioration":"5p,1z;5p"
});
