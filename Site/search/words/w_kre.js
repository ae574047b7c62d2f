BRIEFINGS_SEARCH_WORDS("kre",{
"kremlin":"t,3,h,18,j,4,y,f,1f,1,2,a,6,4,i,d,3,1,1,6,3;4l,1g,c,a"
});
