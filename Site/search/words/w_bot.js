BRIEFINGS_SEARCH_WORDS("bot",{
"both":"4n,2d,g,3,4,8,4;4n"
});
