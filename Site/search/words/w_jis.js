BRIEFINGS_SEARCH_WORDS("jis",{
"jisr":"1,3t"
});
