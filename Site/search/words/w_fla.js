BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7m;7m"
});
