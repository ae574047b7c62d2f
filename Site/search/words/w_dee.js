BRIEFINGS_SEARCH_WORDS("dee",{
"deeply":"87"
});
