BRIEFINGS_SEARCH_WORDS("17",{
"17":"0,i,1,8,10,i,1,r,u,1,1,3u,8"
});
