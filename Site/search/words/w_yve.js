BRIEFINGS_SEARCH_WORDS("yve",{
"yves":"1p;1p"
});
