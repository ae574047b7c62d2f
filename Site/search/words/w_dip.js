BRIEFINGS_SEARCH_WORDS("dip",{
"diplomat":"1r,d,2,j",
"diplomate":"15,3,f,1,j,m",
"diplomatic":"1r",
"diplomatie":"9,2,d,1,4,5,1,2,5,6,4,5,1,3,2,7,6,2,1,3,6,4,2,3,6,2,1,3,5,10,2,1f,1,a,1,x,y,3,3,1,5,3;5n,1,a,1",
"diplomatiquement":"11"
});
