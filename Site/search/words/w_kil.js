BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4h,d,1o,u,1,3,3,3;4h,d,2p",
"killing":"43,7,33,9;4a",
"kilometres":"37,2,3r,9,1;70"
});
