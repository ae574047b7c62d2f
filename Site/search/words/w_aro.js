BRIEFINGS_SEARCH_WORDS("aro",{
"around":"41,6,3d,2;41"
});
