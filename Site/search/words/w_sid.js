BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3z,3p",
"sider":"2",
"sides":"4o,5,2f,4,7,1;4o"
});
