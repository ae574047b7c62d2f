BRIEFINGS_SEARCH_WORDS("gei",{
"geir":"18;18"
});
