BRIEFINGS_SEARCH_WORDS("tet",{
"tete":"5,1q,y,9"
});
