BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2d,3g",
"mettre":"61,1c"
});
