BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2d,3f",
"mettre":"60,1c"
});
