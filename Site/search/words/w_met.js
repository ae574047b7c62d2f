BRIEFINGS_SEARCH_WORDS("met",{
"met":"0,1r,2h,3m;48",
"mettre":"64,1j"
});
