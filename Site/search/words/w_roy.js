BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1u,6,2a,30;2j"
});
