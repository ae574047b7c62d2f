BRIEFINGS_SEARCH_WORDS("sel",{
"self":"h,3j,28,1e,c;68",
"selon":"t,6,e,14,c,g,9,1,10,1,4,1,n,t,5,v,3,2,2,7,1,1,3,1,2,1,3,2,2,1;4j,2t"
});
