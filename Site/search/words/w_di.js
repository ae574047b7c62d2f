BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,3l,26;1y"
});
