BRIEFINGS_SEARCH_WORDS("es",{
"es":"2"
});
