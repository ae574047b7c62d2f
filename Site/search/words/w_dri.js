BRIEFINGS_SEARCH_WORDS("dri",{
"drian":"1p;1p"
});
