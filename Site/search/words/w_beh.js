BRIEFINGS_SEARCH_WORDS("beh",{
"behun":"1"
});
