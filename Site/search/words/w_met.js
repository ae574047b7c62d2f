BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2z,3f",
"mettre":"6m,1c"
});
