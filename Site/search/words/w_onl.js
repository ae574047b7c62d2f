BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4x,2g,3,8,3,1"
});
