BRIEFINGS_SEARCH_WORDS("sid",{
"side":"40,3l",
"sider":"2",
"sides":"4o,5,2c,4,7,1;4o"
});
