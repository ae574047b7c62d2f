BRIEFINGS_SEARCH_WORDS("hom",{
"home":"37,26,y,1o,3,3;5d,y",
"homes":"63,1w",
"homme":"1d,i,a,8,1,1u,h,8,2,d,5,y,9,p,f,1,4,1,6,2,3;2e,1u,r,i,y",
"hommes":"1d,57,1,1c,1;6k,1",
"homologue":"2p,1e,p,1v,s,1,d,5,8,3;4s,1v",
"homologues":"40,40,9"
});
