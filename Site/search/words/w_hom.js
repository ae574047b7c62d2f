BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1r,y,1v,3,3",
"homes":"5u,1w",
"homme":"1d,i,9,8,1,19,j,b,2,6,8,5,y,b,v,e,1,4,1,6,2,3;2d,1s,d,6,8,5,24",
"hommes":"1d,4r,1k,1",
"homologue":"2o,t,r,1y,10,e,5,8,3",
"homologues":"3e,4d,9"
});
