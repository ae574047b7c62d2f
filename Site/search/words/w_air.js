BRIEFINGS_SEARCH_WORDS("air",{
"air":"2m,9,1w,b,8,a,w,3,r,4,1,1,1,2;4r,1p",
"aircraft":"6h,n,1,5",
"airport":"2,78,7",
"airports":"75,g",
"airspace":"6h,t;6h"
});
