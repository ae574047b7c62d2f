BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,3e,23;1y"
});
