BRIEFINGS_SEARCH_WORDS("bot",{
"both":"4m,2c,f,3,4,8,4;4m"
});
