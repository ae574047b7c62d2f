BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1u,6,4w;2j"
});
