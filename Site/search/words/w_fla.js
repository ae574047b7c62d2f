BRIEFINGS_SEARCH_WORDS("fla",{
"flares":"7z;7z"
});
