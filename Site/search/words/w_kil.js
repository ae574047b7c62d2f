BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4k,f,18,j,u,1,3,3,3;4k,f,2s",
"killing":"48,7,36,9;4f",
"kilometres":"37,2,3z,9,1;78"
});
