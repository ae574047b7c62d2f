BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2c,3h",
"mettre":"5y,1f"
});
