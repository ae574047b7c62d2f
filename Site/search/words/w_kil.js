BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4l,f,19,j,v,1,3,3,3;4l,f,2u",
"killing":"49,7,38,9;4g",
"kilometres":"37,2,42,9,1;7b"
});
