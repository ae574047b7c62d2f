BRIEFINGS_SEARCH_WORDS("aki",{
"akila":"5"
});
