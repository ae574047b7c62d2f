BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4s,2g,8,3,1"
});
