BRIEFINGS_SEARCH_WORDS("bot",{
"both":"78,4,8,4"
});
