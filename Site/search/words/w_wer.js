BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3v,a,v,m,4,6,c,o,r,1,3,3,1,4;3v,a,v,w,c,o"
});
