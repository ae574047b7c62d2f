BRIEFINGS_SEARCH_WORDS("goi",{
"going":"43,3g"
});
