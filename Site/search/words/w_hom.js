BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1j,y,1r,3,3;4p,y",
"homes":"5m,1s;5m",
"homme":"1d,i,9,8,1,18,h,8,2,5,7,5,y,9,t,e,1,4,1,6,2,3;2d,18,r,1f",
"hommes":"1d,4j,1,1f,1;5w,1",
"homologue":"2o,s,p,1u,v,1,d,5,8,3;45",
"homologues":"3d,42,9"
});
