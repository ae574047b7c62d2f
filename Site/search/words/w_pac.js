BRIEFINGS_SEARCH_WORDS("pac",{
"pacte":"1z"
});
