BRIEFINGS_SEARCH_WORDS("hom",{
"home":"36,1q,y,1u,3,3;4w,y",
"homes":"5t,1v;5t",
"homme":"1d,i,9,8,1,19,l,8,2,6,8,5,y,b,v,d,1,4,1,6,2,3;2d,19,v,1h",
"hommes":"1d,4q,1j,1;63",
"homologue":"2o,t,t,1v,10,d,5,8,3;4a,1v",
"homologues":"3e,4b,9"
});
