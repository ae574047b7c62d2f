BRIEFINGS_SEARCH_WORDS("dam",{
"damas":"1,k,9,5,g,6,19,b,2,1,1,1b,7,a,w,h,k,n,4,1,6;4r,1n",
"damascus":"2u,27,1u,t,6,3;6v"
});
