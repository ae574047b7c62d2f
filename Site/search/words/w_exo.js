BRIEFINGS_SEARCH_WORDS("exo",{
"exodus":"85;85"
});
