BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1r,y,1v,3,3;4x,y",
"homes":"5u,1w;5u",
"homme":"1d,i,9,8,1,19,j,b,2,6,8,5,y,b,v,e,1,4,1,6,2,3;2d,19,w,1h",
"hommes":"1d,4r,1k,1;64",
"homologue":"2o,t,r,1y,10,e,5,8,3;48,1y",
"homologues":"3e,4d,9"
});
