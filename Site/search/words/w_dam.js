BRIEFINGS_SEARCH_WORDS("dam",{
"damas":"1,k,9,5,g,6,19,b,2,1,1,15,6,9,w,d,k,m,4,1,6;4k",
"damascus":"2u,1z,1q,s,6,3;6j"
});
