BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4t,2d,8,3,1"
});
