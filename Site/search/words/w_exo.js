BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7x;7x"
});
