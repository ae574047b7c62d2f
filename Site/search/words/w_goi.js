BRIEFINGS_SEARCH_WORDS("goi",{
"going":"47,3n"
});
