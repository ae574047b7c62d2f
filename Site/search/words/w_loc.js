BRIEFINGS_SEARCH_WORDS("loc",{
"localite":"7h,1",
"locataire":"x,3"
});
