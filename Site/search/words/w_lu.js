BRIEFINGS_SEARCH_WORDS("lu",{
"lu":"78"
});
