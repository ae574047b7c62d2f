BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"7i,1",
"locataire":"x,3"
});
