BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3z,3n;3z",
"sider":"2",
"sides":"4m,5,2f,4,7,1;4m"
});
