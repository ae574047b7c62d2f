BRIEFINGS_SEARCH_WORDS("air",{
"air":"2l,9,1x,b,8,a,w,4,q,4,1,1,1,2;4r,1p",
"aircraft":"6h,2,l,1,5;6h",
"airport":"2,78,7",
"airports":"75,g",
"airspace":"6j,r;6j"
});
