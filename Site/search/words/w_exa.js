BRIEFINGS_SEARCH_WORDS("exa",{
"exageres":"2t",
"examine":"t,2b"
});
