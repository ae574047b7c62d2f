BRIEFINGS_SEARCH_WORDS("aro",{
"around":"40,6,3g,2;40"
});
