BRIEFINGS_SEARCH_WORDS("sid",{
"side":"40,3m",
"sider":"2",
"sides":"4p,5,2c,4,7,1;4p"
});
