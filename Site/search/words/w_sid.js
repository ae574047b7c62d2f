BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3w,9,3u;45",
"sider":"2",
"sides":"4n,7,5,19,s,j,4,7,1;4n,7"
});
