BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,3u,y,10,e,1f,4,4,4;3w,2c"
});
