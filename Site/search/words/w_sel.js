BRIEFINGS_SEARCH_WORDS("sel",{
"self":"h,46,38,c;4n",
"selon":"t,6,e,15,c,12,8,1,a,m,1,4,m,b,j,2,p,5,1,3,6,1,1,3,1,2,1,3,2,2,1;51"
});
