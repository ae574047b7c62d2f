BRIEFINGS_SEARCH_WORDS("dam",{
"damas":"1,k,9,5,g,6,1a,b,a,e,1,1,16,6,15,d,g,n,4,1,6;3g,1s",
"damascus":"2v,l,21,1m,t,6,3;73"
});
