BRIEFINGS_SEARCH_WORDS("sah",{
"sahel":"30,56"
});
