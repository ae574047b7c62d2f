BRIEFINGS_SEARCH_WORDS("hes",{
"hesitation":"4q,3f"
});
