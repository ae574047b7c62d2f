BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2i,3o;49",
"mettre":"66,1k"
});
