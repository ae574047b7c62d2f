BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,3u,8,q,10,d,1f,4,4,4;3w,8,23"
});
