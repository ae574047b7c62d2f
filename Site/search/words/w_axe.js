BRIEFINGS_SEARCH_WORDS("axe",{
"axe":"37,40"
});
