BRIEFINGS_SEARCH_WORDS("ric",{
"ricochet":"3v"
});
