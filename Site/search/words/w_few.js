BRIEFINGS_SEARCH_WORDS("few",{
"few":"85"
});
