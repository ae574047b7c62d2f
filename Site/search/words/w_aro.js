BRIEFINGS_SEARCH_WORDS("aro",{
"around":"40,6,3d,2;40"
});
