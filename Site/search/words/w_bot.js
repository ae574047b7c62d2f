BRIEFINGS_SEARCH_WORDS("bot",{
"both":"4n,2c,f,3,4,8,4;4n"
});
