BRIEFINGS_SEARCH_WORDS("hom",{
"home":"37,1l,y,1o,3,3;4s,y",
"homes":"5i,1w",
"homme":"1d,i,a,8,1,18,h,8,2,7,7,5,y,9,q,e,1,4,1,6,2,3;2e,18,r,j,y",
"hommes":"1d,4m,1,1c,1;5z,1",
"homologue":"2p,s,p,1w,s,1,d,5,8,3;46",
"homologues":"3e,41,9"
});
