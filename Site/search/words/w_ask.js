BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6n,y,1,3;6n"
});
