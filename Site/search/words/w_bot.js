BRIEFINGS_SEARCH_WORDS("bot",{
"both":"7r,4,8,4"
});
