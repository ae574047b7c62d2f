BRIEFINGS_SEARCH_WORDS("smu",{
"smuggling":"7r"
});
