BRIEFINGS_SEARCH_WORDS("dam",{
"damas":"1,k,9,5,g,6,19,b,2,1,1,1a,7,a,w,g,h,3,m,4,1,6;4q,1m",
"damascus":"2u,26,1t,s,6,3;6t"
});
