BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4h,d,1m,t,1,3,3,3;4h,d,2m",
"killing":"43,7,30,9;4a",
"kilometres":"37,2,3p,8,1;6y"
});
