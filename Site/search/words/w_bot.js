BRIEFINGS_SEARCH_WORDS("bot",{
"both":"75,4,8,4"
});
