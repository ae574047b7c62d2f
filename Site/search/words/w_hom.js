BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1r,y,1u,3,3;4x,y",
"homes":"5u,1v;5u",
"homme":"1d,i,9,8,1,19,j,b,2,6,8,5,y,b,v,d,1,4,1,6,2,3;2d,19,w,1h",
"hommes":"1d,4r,1j,1;64",
"homologue":"2o,t,r,1y,10,d,5,8,3;48,1y",
"homologues":"3e,4c,9"
});
