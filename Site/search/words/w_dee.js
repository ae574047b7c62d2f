BRIEFINGS_SEARCH_WORDS("dee",{
"deeply":"7l"
});
