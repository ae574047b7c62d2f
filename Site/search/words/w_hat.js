BRIEFINGS_SEARCH_WORDS("hat",{
"hatay":"1,1s,49,1a"
});
