BRIEFINGS_SEARCH_WORDS("onl",{
"only":"5e,2d,8,3,1"
});
