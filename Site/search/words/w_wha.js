BRIEFINGS_SEARCH_WORDS("wha",{
"what":"64,1v;64"
});
