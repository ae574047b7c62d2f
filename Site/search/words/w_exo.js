BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"7k;7k"
});
