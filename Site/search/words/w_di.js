BRIEFINGS_SEARCH_WORDS("di",{
"di":"1y,42,20;1y,42"
});
