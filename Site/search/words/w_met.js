BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2f,3p;46",
"mettre":"65,1j"
});
