BRIEFINGS_SEARCH_WORDS("aro",{
"around":"46,6,3l,2;46,6"
});
