BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7j;7j"
});
