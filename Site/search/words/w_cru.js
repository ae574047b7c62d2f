BRIEFINGS_SEARCH_WORDS("cru",{
"crude":"75"
});
