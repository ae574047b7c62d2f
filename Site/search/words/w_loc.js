BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"76,1",
"locataire":"x,3"
});
