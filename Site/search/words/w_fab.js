BRIEFINGS_SEARCH_WORDS("fab",{
"fabio":"7r"
});
