BRIEFINGS_SEARCH_WORDS("via",{
"via":"75"
});
