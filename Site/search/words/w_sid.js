BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3z,3p;3z",
"sider":"2",
"sides":"4o,5,2f,4,7,1;4o"
});
