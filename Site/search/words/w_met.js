BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2f,3q;46",
"mettre":"65,1k"
});
