BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,3u,x,10,d,1e,4,4,4;3w,2a"
});
