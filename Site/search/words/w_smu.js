BRIEFINGS_SEARCH_WORDS("smu",{
"smuggling":"75"
});
