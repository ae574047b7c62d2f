BRIEFINGS_SEARCH_WORDS("axe",{
"axe":"38,3z"
});
