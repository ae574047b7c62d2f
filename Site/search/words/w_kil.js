BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4i,c,1m,t,1,3,3,3;4i,c,2m",
"killing":"44,7,2z,9;4b",
"kilometres":"38,2,3o,8,1;6y"
});
