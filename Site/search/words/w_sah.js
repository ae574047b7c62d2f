BRIEFINGS_SEARCH_WORDS("sah",{
"sahel":"30,4k"
});
