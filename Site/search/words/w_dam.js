BRIEFINGS_SEARCH_WORDS("dam",{
"damas":"1,k,9,5,g,6,1a,b,2,1,1,16,7,9,w,d,h,m,4,1,6;4n",
"damascus":"2v,21,1o,r,6,3;6k"
});
