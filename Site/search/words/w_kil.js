BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4l,f,18,j,v,1,3,3,3;4l,f,2t",
"killing":"46,a,37,9;4g",
"kilometres":"37,2,40,a,1;79"
});
