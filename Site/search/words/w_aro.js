BRIEFINGS_SEARCH_WORDS("aro",{
"around":"45,6,3j,2;45,6"
});
