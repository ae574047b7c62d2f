BRIEFINGS_SEARCH_WORDS("onl",{
"only":"4y,2i,3,8,3,1"
});
