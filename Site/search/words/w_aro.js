BRIEFINGS_SEARCH_WORDS("aro",{
"around":"43,8,3k,2;43,8"
});
