BRIEFINGS_SEARCH_WORDS("bot",{
"both":"76,4,8,4"
});
