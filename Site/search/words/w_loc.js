BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"79,1",
"locataire":"x,3"
});
