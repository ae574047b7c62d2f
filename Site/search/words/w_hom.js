BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1r,y,1w,3,3;4x,y",
"homes":"5u,1x;5u",
"homme":"1d,i,9,8,1,19,m,8,2,6,8,5,y,c,v,e,1,4,1,6,2,3;2d,19,w,1h",
"hommes":"1d,4r,1,1k,1;64,1",
"homologue":"2o,t,u,1w,10,1,d,5,8,3;4b,1w",
"homologues":"3e,4e,9"
});
