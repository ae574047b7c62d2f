BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"7j,1",
"locataire":"x,3"
});
