BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7x;7x"
});
