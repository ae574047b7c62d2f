BRIEFINGS_SEARCH_WORDS("goi",{
"going":"45,3q"
});
