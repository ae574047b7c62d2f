BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7m;7m"
});
