BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2c,3j",
"mettre":"60,1f"
});
