BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,3g,20;1y,3g"
});
