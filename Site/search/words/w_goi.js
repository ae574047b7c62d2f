BRIEFINGS_SEARCH_WORDS("goi",{
"going":"4p,3g"
});
