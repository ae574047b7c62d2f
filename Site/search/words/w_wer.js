BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3z,v,m,5,5,w,q,1,3,3,1,4;3z,v,w,w"
});
