BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2c,3g",
"mettre":"60,1c"
});
