BRIEFINGS_SEARCH_WORDS("hat",{
"hatay":"1,1s,4x,17"
});
