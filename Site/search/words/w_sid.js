BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3z,3m",
"sider":"2",
"sides":"4o,5,2c,4,7,1;4o"
});
