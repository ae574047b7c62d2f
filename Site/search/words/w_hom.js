BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1l,y,1o,3,3;4r,y",
"homes":"5h,1w",
"homme":"1d,i,9,8,1,18,h,8,2,7,7,5,y,9,q,e,1,4,1,6,2,3;2d,18,r,j,y",
"hommes":"1d,4l,1,1c,1;5y,1",
"homologue":"2o,s,p,1w,s,1,d,5,8,3;45",
"homologues":"3d,41,9"
});
