BRIEFINGS_SEARCH_WORDS("det",{
"detention":"22",
"deterioration":"5q,1z;5q"
});
