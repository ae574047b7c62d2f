BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7l;7l"
});
