BRIEFINGS_SEARCH_WORDS("sel",{
"self":"h,3o,22,1d,c;45,22",
"selon":"t,6,e,14,c,g,9,1,a,p,1,4,1,n,t,5,v,3,2,2,6,1,1,3,1,2,1,3,2,2,1;4i"
});
