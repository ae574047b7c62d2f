BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,3g,23;1y,3g"
});
