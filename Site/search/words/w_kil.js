BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"54,c,1m,t,1,3,3,3;54,c,2m",
"killing":"4q,7,2z,9;4x",
"kilometres":"3u,2,3o,8,1;7k"
});
