BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1v,6,4v;2k"
});
