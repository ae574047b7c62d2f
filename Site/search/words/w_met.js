BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2f,3q",
"mettre":"65,1k"
});
