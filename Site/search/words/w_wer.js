BRIEFINGS_SEARCH_WORDS("wer",{
"were":"40,u,m,5,5,t,q,1,3,3,1,4;40,u,w,t"
});
