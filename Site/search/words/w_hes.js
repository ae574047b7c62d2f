BRIEFINGS_SEARCH_WORDS("hes",{
"hesitation":"44,3f"
});
