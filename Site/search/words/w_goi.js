BRIEFINGS_SEARCH_WORDS("goi",{
"going":"48,3p"
});
