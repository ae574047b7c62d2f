BRIEFINGS_SEARCH_WORDS("sel",{
"self":"h,3p,23,1e,c;46,23",
"selon":"t,6,e,14,c,g,9,1,a,q,1,4,1,n,u,5,v,4,2,2,6,1,1,3,1,2,1,3,2,2,1;4j"
});
