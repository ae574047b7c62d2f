BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"77,1",
"locataire":"x,3"
});
