BRIEFINGS_SEARCH_WORDS("aro",{
"around":"41,6,3c,2;41"
});
