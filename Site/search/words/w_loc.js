BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"7s,1",
"locataire":"x,3"
});
