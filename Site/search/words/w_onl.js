BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4s,2d,8,3,1"
});
