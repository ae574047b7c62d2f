BRIEFINGS_SEARCH_WORDS("ham",{
"hama":"1"
});
