BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"70,v,1,3;70"
});
