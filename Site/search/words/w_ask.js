BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6m,y,1,3;6m"
});
