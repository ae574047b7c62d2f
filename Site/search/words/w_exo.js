BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7v;7v"
});
