BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7o;7o"
});
