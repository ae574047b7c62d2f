BRIEFINGS_SEARCH_WORDS("wit",{
"with":"3v,h,n,m,13,v,5,3,3,1,2;4z,m",
"without":"22,27,m,30,2;7v"
});
