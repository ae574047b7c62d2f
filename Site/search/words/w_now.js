BRIEFINGS_SEARCH_WORDS("now",{
"now":"45,2u,i,8,6;6z"
});
