BRIEFINGS_SEARCH_WORDS("det",{
"detention":"22",
"deterioration":"5q,21;5q"
});
