BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7w;7w"
});
