BRIEFINGS_SEARCH_WORDS("axe",{
"axe":"3u,3z"
});
