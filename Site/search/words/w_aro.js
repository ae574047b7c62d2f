BRIEFINGS_SEARCH_WORDS("aro",{
"around":"40,b,3l,2;4b"
});
