BRIEFINGS_SEARCH_WORDS("exa",{
"exageres":"2u",
"examine":"t,2c"
});
