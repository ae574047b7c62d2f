BRIEFINGS_SEARCH_WORDS("pac",{
"pacte":"20"
});
