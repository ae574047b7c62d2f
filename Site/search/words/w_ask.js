BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6e,v,1,3;6e"
});
