BRIEFINGS_SEARCH_WORDS("han",{
"hands":"85"
});
