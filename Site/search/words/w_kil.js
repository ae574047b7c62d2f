BRIEFINGS_SEARCH_WORDS("kil",{
"killed":"4f,d,1o,u,1,3,3,3;4f,d,2p",
"killing":"43,7,31,9;4a",
"kilometres":"37,2,3p,9,1;6y"
});
