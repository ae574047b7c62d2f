BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3v,9,v,m,4,6,b,o,q,1,3,3,1,4;3v,9,v,w,b,o"
});
