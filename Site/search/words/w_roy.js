BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1u,6,29,2y;2j"
});
