BRIEFINGS_SEARCH_WORDS("roy",{
"royaume":"j,1v,6,5h;2k"
});
