BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6f,v,1,3;6f"
});
