BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4y,2g,3,8,3,1"
});
