BRIEFINGS_SEARCH_WORDS("kre",{
"kremlin":"t,3,h,18,j,4,z,f,1f,1,2,1,a,6,4,i,1,d,3,1,1,6,3;4m,1g,d,a"
});
