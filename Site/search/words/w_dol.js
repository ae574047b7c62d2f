BRIEFINGS_SEARCH_WORDS("dol",{
"dollars":"r,12,g"
});
