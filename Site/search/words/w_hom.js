BRIEFINGS_SEARCH_WORDS("hom",{
"home":"37,1k,y,1o,3,3;4r,y",
"homes":"5h,1w",
"homme":"1d,i,a,8,1,18,h,8,2,d,5,y,9,p,f,1,4,1,6,2,3;2e,18,r,i,y",
"hommes":"1d,4l,1,1c,1;5y,1",
"homologue":"2p,s,p,1v,s,1,d,5,8,3;46,1v",
"homologues":"3e,40,9"
});
