BRIEFINGS_SEARCH_WORDS("sid",{
"side":"3w,6,3v;42",
"sider":"2",
"sides":"4n,7,5,18,s,i,4,7,1;4n,7"
});
