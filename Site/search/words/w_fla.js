BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7y;7y"
});
