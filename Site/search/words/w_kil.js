BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4l,f,18,j,u,1,3,3,3;4l,f,2s",
"killing":"46,a,36,9;4g",
"kilometres":"37,2,40,9,1;79"
});
