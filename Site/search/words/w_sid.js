BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3w,8,3s;44",
"sider":"2",
"sides":"4m,7,5,18,s,i,4,7,1;4m,7"
});
