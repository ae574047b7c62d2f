BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3v,7,2,w,m,4,6,b,o,r,1,3,3,1,4;3v,7,2,w,w,b,o"
});
