BRIEFINGS_SEARCH_WORDS("ans",{
"ans":"2i"
});
