BRIEFINGS_SEARCH_WORDS("wer",{
"were":"4m,u,m,5,5,t,q,1,3,3,1,4;4m,u,w,t"
});
