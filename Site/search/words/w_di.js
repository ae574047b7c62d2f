BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,3m,28;1y"
});
