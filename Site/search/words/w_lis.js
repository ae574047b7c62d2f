BRIEFINGS_SEARCH_WORDS("lis",{
"listed":"4r,j,2t,2;4r"
});
