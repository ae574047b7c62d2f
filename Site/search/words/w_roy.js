BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1u,6,4z;2j"
});
