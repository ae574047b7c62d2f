BRIEFINGS_SEARCH_WORDS("sel",{
"self":"h,3m,25,1d,c;43,25",
"selon":"t,6,e,14,c,g,9,1,10,1,4,1,n,t,5,v,3,2,2,6,1,1,3,1,2,1,3,2,2,1;4j"
});
