BRIEFINGS_SEARCH_WORDS("lu",{
"lu":"7e,f;7e"
});
