BRIEFINGS_SEARCH_WORDS("air",{
"air":"2m,9,2i,b,8,a,w,3,r,4,1,1,1,2;5d,1p",
"aircraft":"73,n,1,5",
"airport":"2,7u,7",
"airports":"7r,g",
"airspace":"73,t;73"
});
