BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4q,2g,8,3,1"
});
