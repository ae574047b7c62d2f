BRIEFINGS_SEARCH_WORDS("now",{
"now":"45,2u,j,8,6;6z"
});
