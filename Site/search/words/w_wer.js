BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3z,t,m,4,6,w,q,1,3,3,1,4;3z,t,w,w"
});
