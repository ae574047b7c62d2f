BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6e,y,1,3;6e"
});
