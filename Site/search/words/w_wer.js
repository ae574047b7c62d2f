BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3v,7,y,m,4,6,b,o,q,1,3,3,1,4;3v,7,y,w,b,o"
});
