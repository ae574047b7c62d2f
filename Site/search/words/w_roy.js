BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1v,6,4w;2k"
});
