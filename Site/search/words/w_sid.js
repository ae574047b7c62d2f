BRIEFINGS_SEARCH_WORDS("sid",{
"side":"4m,3l",
"sider":"2",
"sides":"5a,5,2c,4,7,1;5a"
});
