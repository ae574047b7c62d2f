BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4i,d,1m,t,1,3,3,3;4i,d,2m",
"killing":"44,7,30,9;4b",
"kilometres":"38,2,3p,8,1;6z"
});
