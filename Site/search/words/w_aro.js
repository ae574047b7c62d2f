BRIEFINGS_SEARCH_WORDS("aro",{
"around":"4n,6,3c,2;4n"
});
