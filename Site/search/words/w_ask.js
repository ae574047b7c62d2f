BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6c,y,1,3;6c"
});
