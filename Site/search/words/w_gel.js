BRIEFINGS_SEARCH_WORDS("gel",{
"gel":"38"
});
