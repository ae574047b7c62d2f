BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7w;7w"
});
