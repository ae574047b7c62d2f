BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"7k,1",
"locataire":"x,3"
});
